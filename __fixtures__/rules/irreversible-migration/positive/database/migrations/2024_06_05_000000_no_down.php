<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void // mg:expect
    {
        DB::table('users')->whereNull('plan')->update(['plan' => 'free']);
    }
};
