<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('staging', fn (Blueprint $table) => $table->id());
        Schema::drop('staging');
    }

    public function down(): void
    {
        //
    }
};
